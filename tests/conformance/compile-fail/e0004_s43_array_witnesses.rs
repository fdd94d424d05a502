// Missing values of array patterns as rustc names them: the elements the
// patterns test, and `..` for the rest, whatever the array's length.
enum Cell {
    Empty,
    Full(u8),
}

fn first_byte(a: [u8; 3]) -> u8 {
    match a {
        [0, ..] => 0,
    }
}

fn ends(a: [u8; 100]) -> u8 {
    match a {
        [0, .., 1] => 0,
        [_, 2, ..] => 1,
    }
}

fn flags(a: [bool; 3]) -> u8 {
    match a {
        [true, ..] => 0,
        [.., false] => 1,
    }
}

fn pair(a: [bool; 2]) -> u8 {
    match a {
        [true, ..] => 0,
        [.., false] => 1,
    }
}

fn cells(a: [Cell; 4]) -> u8 {
    match a {
        [Cell::Empty, ..] => 0,
        [Cell::Full(_), .., Cell::Empty] => 1,
    }
}

fn huge(a: &[u8; 1000000000000]) -> u8 {
    let [head, ..] = a;
    let kind = match a {
        [0, ..] => 0,
        [1..=254, ..] => 1,
    };
    kind + *head
}

fn main() {
    println!("{}", first_byte([1, 2, 3]) + ends([0; 100]) + flags([true; 3]) + pair([true, false]));
    println!("{}", cells([Cell::Empty, Cell::Empty, Cell::Full(1), Cell::Empty]));
    let _ = huge;
}
