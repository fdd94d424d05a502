fn majority(votes: [bool; 3]) -> bool {
    match votes {
        [true, true, _] => true,
        [true, _, true] => true,
        [_, true, true] => true,
        [false, false, _] => false,
        [false, _, false] => false,
    }
}

fn main() {
    println!("{}", majority([true, false, true]));
}
