mod a;
#[path = "x/renamed.rs"]
mod z;
#[cfg(test)]
mod only_in_tests;
mod missing;

fn main() {
    a::b::hello();
    z::there();
}
