// Locals of unsized types: a deref of a `&str` or `&[T]` bound by value.
fn total(values: &[i32]) -> i32 {
    let _ = *values; // a wildcard binds nothing: fine
    let ref borrowed = *values; // a `ref` binding is a reference: fine
    let copied = *values;
    let mut sum = 0;
    for v in borrowed.iter() {
        sum += v;
    }
    sum + copied.len() as i32
}

fn vowels(word: &str) -> usize {
    let owned = (*word);
    let mut count = 0;
    if !word.is_empty() {
        count = word.len() / 2;
    }
    let _ = owned;
    count
}

fn main() {
    println!("{}", total(&[1, 2, 3]));
    println!("{}", vowels("hello"));
}
