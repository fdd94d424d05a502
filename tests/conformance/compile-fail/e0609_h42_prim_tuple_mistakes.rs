// Tuple mistakes: indexing past the end, and a one-element "tuple" without a comma.
fn split_name(full: (&'static str, &'static str)) -> (usize, usize) {
    (full.0.len(), full.1.len())
}

fn main() {
    let person = ("Grace", "Hopper");
    let lens = split_name(person);
    println!("{} has {} letters, {} has {}", person.0, lens.0, person.1, lens.1);
    // mistake 1: the tuple has two fields
    println!("middle name: {}", person.2);

    let single = (42u32);
    // mistake 2: (42u32) is just a u32, not a tuple
    println!("value {}", single.0);
}
