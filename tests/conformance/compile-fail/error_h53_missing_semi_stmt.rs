// Missing `;` after an expression statement, twice in independent places.
fn bump(counter: &mut i32) {
    *counter += 1
    println!("counter is now {}", counter);
}

fn report(values: &[i32]) {
    let mut max = i32::MIN;
    for v in values {
        if *v > max {
            max = *v
        }
    }
    println!("max = {}", max)
    println!("done");
}

fn main() {
    let mut c = 0;
    bump(&mut c);
    bump(&mut c);
    report(&[3, 9, 2, 7]);
}
