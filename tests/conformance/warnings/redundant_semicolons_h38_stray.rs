// lints: redundant_semicolons unused_labels unused_braces
// Stray semicolons, labels that are never used, extra braces.
fn total(values: &[u32]) -> u32 {
    let mut sum = 0;;
    'scan: for v in values {
        sum += v;
    };
    sum
}

fn main() {
    let data = [1, 2, 3];
    let t = total(&data);;
    let doubled = { { t * 2 } };
    'outer: loop {
        println!("{t} {doubled}");
        break;
    }
}
