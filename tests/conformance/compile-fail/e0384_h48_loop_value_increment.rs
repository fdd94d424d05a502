// Incrementing the by-value loop variable instead of the array element.
fn main() {
    let mut ages = [29, 41, 35];
    for age in ages {
        age += 1;
    }
    println!("{:?}", ages);
    for i in 0..ages.len() {
        ages[i] += 1;
    }
    println!("{:?}", ages);
}
