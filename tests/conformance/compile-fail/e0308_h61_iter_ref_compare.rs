// comparing borrowed loop items with plain integers
fn count_above(values: &[i32], limit: i32) -> usize {
    let mut n = 0;
    for v in values {
        if v > limit {
            n += 1;
        }
    }
    n
}

fn main() {
    let temps = [12, 25, 31, 8];
    let mut hot = 0;
    for t in &temps {
        if t >= 30 {
            hot += 1;
        }
    }
    println!("{} {}", hot, count_above(&temps, 20));
}
