// lints: unreachable_patterns
fn shape(xs: &[char]) -> &'static str {
    match xs {
        [] => "empty",
        [_] => "one",
        [_, _] => "two",
        [_, ..] => "many",
        [a, b, c] => "three",
    }
}

fn main() {
    let s = ['a', 'b', 'c'];
    println!("{}", shape(&s));
}
