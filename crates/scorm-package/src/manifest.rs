//! The package's `imsmanifest.xml`, as SCORM 1.2 requires it: IMS Content Packaging 1.1.2 with
//! ADL's `adlcp` extension, one organization with one item, and one resource that is a SCO
//! (`adlcp:scormtype="sco"`) launched at `index.html`, listing every file of the package.

use std::fmt::Write;

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The manifest of package `id` titled `title`, whose mastery score is `pass` %, with `files`.
pub fn write(id: &str, title: &str, pass: u8, files: &[&str]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{id}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>{title}</title>
      <item identifier="exam" identifierref="sco" isvisible="true">
        <title>{title}</title>
        <adlcp:masteryscore>{pass}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
"#,
        id = xml(id),
        title = xml(title),
    );
    for file in files {
        let _ = writeln!(out, "      <file href=\"{}\"/>", xml(file));
    }
    out.push_str("    </resource>\n  </resources>\n</manifest>\n");
    out
}
