// rustc drops a statement that fails at its own level, with the rest of its
// block: one Error node holds both, so nothing in them is resolved. A
// statement whose error was recovered inside a group is kept.
fn let_statement() {
    let kept = 1;
    let x = nope() + ;
    never_parsed();
}
fn expression_statement() {
    nope() 3;
}
fn typed_let() {
    let y: i32 = nope 3;
}
fn let_without_value() {
    let z: u8 3;
}
fn nested_block() {
    { nope() 3; }
    after_the_block();
}
fn tail_expression() -> i32 {
    nope() + 1 2
}
fn missing_semicolon_at_end_of_line() {
    dropped()
    kept();
    let kept_let = 1
    let other = 2;
}
fn recovered_inside_a_group() {
    nope(1, 2 3);
    let q = [nope, 1 2];
    if nope { 1 2 } else { 3 };
}
