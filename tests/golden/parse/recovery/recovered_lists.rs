// Where rustc recovers inside a list and goes on after it: struct literal
// fields, match arms followed by a new arm, missing commas in argument,
// tuple and pattern lists. Where it does not: index brackets, the first
// element of an array, a match arm followed by anything but a new arm.
struct S { a: i32, b: i32 }
fn struct_fields() {
    let s = S { a: value() 3, b: kept() };
    let t = S { a: 1 + , b: kept() };
    let u = S { a: 1 + };
    let v = S { a 3, b: 2 };
}
fn match_arm_fails(x: i32) {
    match x { 0 => kept(), 1 => dropped() 3, _ => skipped() }
    after_the_match();
}
fn match_arm_missing_comma(x: i32) {
    match x { 0 => one() 1 => two(), _ => () }
}
fn missing_commas() {
    f(1, 2 3);
    let t = (a b);
    let (c, d e) = (1, 2, 3);
    let [g h] = [1, 2];
}
fn index(a: [i32; 2]) {
    a[0 1];
}
fn first_array_element() {
    let v = [1 2];
}
