const LIMIT: u32 = 100;

fn main() {
    let readings = [10u32, 250, 99];
    for r in readings {
        let LIMIT = r;
        println!("reading {}", r);
    }
}
