// Values whose type is only known later: a method call or a field access
// needs it at that point, whatever comes after (E0282 at the binding).
fn name_length() -> usize {
    let name;
    let n = name.len();
    name = "sensor";
    n
}

fn first_reading() -> i32 {
    let pair;
    let first = pair.0;
    pair = (4, 5);
    first
}

fn totals() -> usize {
    let batches = (&[], 2usize);
    batches.0.len() + batches.1
}

fn main() {
    println!("{} {} {}", name_length(), first_reading(), totals());
}
