use std::time::Instant;
fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let text = std::str::from_utf8(&bytes).unwrap();
        let t1 = t.elapsed();
        let raw: exam_engine::raw::RawBank = serde_json::from_slice(text.as_bytes()).unwrap();
        let t2 = t.elapsed();
        let checked = exam_engine::validate::validate_bank("x.json", raw).unwrap();
        let t3 = t.elapsed();
        drop(checked);
        let t4 = t.elapsed();
        println!("utf8 {:?} serde {:?} check {:?} drop {:?}", t1, t2 - t1, t3 - t2, t4 - t3);
    }
}
