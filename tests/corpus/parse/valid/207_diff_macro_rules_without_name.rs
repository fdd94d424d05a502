// `macro_rules!` not followed by a name is an ordinary macro call to a macro named `macro_rules`
// as far as the parser is concerned (name resolution rejects it later), so parse-only accepts it.
// This is what an editor sees while a macro's name is still to be typed.
macro_rules! {
    ($x:expr) => {
        $x + 1
    };
}

fn main() {}
