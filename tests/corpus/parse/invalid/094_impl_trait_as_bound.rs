use std::fmt::Display;

fn show_all<T: impl Display>(items: &[T]) {
    for item in items {
        println!("{}", item);
    }
}

fn main() {
    show_all(&[1, 2, 3]);
}
