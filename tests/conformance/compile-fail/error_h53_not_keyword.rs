// Python habit: `not` instead of `!`.
struct Door {
    open: bool,
    locked: bool,
}

fn main() {
    let d = Door { open: false, locked: true };
    if not d.open {
        println!("door closed");
    }
    if d.locked {
        println!("door locked");
    }
}
