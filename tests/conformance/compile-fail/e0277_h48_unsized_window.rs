// Taking a window of readings without `&` makes an unsized local.
fn main() {
    let readings = [3.5f32, 4.0, 4.25, 5.0, 4.75];
    let window = readings[1..4];
    println!("window: {:?}", window);
    let mut sum = 0.0;
    for r in &readings[1..4] {
        sum += r;
    }
    println!("sum: {sum}");
}
