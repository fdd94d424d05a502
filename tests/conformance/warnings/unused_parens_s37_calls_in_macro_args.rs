// lints: unused_parens
// Inside a macro's arguments rustc lints the parentheses around the arguments of calls written there, not the macro's own operands.
fn sq(x: i32) -> i32 { x * x }
fn main() {
    let a = 3;
    println!("{}", (a + 1));
    println!("{}", sq((a)));
    assert_eq!((a), 3);
    assert_eq!(sq((a + 1)), 16);
    let v = [(a)];
    println!("{:?} {}", v, -(a));
}
