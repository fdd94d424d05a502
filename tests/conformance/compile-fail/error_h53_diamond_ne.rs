// SQL/BASIC habit: `<>` for not-equal, `=<` for less-or-equal.
fn main() {
    let x = 5;
    if x <> 4 {
        println!("x is not four");
    }
    if x =< 9 {
        println!("single digit");
    }
}
