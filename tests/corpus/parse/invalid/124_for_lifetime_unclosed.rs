fn apply<F>(f: F) -> usize
where
    F: for<'a Fn(&'a str) -> usize,
{
    f("hello")
}

fn main() {
    println!("{}", apply(|s| s.len()));
}
