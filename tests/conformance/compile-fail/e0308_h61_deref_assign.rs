// assigning through a mutable reference with the wrong type
fn set_default(slot: &mut i32, name: &mut &str) {
    *slot = "none";
    *name = 0;
}

fn main() {
    let mut v = 5;
    let mut n = "x";
    set_default(&mut v, &mut n);
    let r = &mut v;
    r = 7;
    println!("{} {}", v, n);
}
