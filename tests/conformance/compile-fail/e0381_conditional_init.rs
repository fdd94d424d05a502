// A discount is only initialised on some paths before being used.
fn main() {
    let items = [12.5, 30.0, 7.25];
    let member = true;
    let total_items = items.len();
    let discount: f64;
    if member && total_items > 5 {
        discount = 0.1;
    } else if !member {
        discount = 0.0;
    }
    let mut sum = 0.0;
    for i in items {
        sum += i;
    }
    println!("{}", sum * (1.0 - discount));
}
