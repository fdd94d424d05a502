// The root: `local` needs nothing from `shapes` (determinate at once);
// `main` waits on `area`'s signature.
fn local() {
    let _x: i32 = "a";
}

fn main() {
    local();
    let _a: i32 = shapes::area(2);
}
