// Valid Rust outside tier L1: a growable Vec (line 5); the pushes that depend on it are indeterminate.
fn main() {
    let readings = [17, 21, 19, 30, 28];
    let mut high = 0;
    let mut spikes = Vec::new();
    for r in readings {
        if r > 25 {
            spikes.push(r);
            high += 1;
        }
    }
    println!("{} spikes: {:?}", high, spikes);
}
