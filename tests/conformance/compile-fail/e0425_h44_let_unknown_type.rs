// Let bindings annotated with unknown types, then used everywhere.
fn main() {
    let limit: Celsius = 40;
    let temps = [21, 35, 42, 39];
    let mut over = 0;
    for t in temps {
        if t > limit {
            over += 1;
        }
    }
    let margin = limit - 5;
    let m2 = margin.abs() + limit.pow(2);
    let label: Label = if over > 1 { "hot" } else { "ok" };
    println!("{} {} {} {}", over, margin, m2, label.len());
    let frac: f32 = over;
    println!("{}", frac);
    let x: Kelvin;
    println!("{}", x);
}
