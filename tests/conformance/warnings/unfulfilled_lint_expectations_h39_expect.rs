// lints: unfulfilled_lint_expectations unused_variables
// #[expect] silences a lint, and warns when the lint did not fire.
#[expect(dead_code)]
fn migration_shim() -> u32 {
    1
}

#[expect(unused_variables)]
fn draft(a: u32) -> u32 {
    let b = a * 2;
    a
}

#[expect(unused_mut)]
fn tidy(a: u32) -> u32 {
    let b = a + 1;
    b
}

fn main() {
    let leftover = 4;
    println!("{} {}", draft(2), tidy(3));
}
