// lints: unused_variables
fn main() {
    let result = println!("computing");
    let value = 42;
    debug_assert!(value > 0);
    let used_in_panic = 7;
    if value < 0 {
        panic!("bad {used_in_panic}");
    }
    let never = 1;
}
