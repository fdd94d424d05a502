#[derive(Debug, Clone, Copy)]
enum Animal {
    Cat,
    Dog,
    Bird,
}

fn legs(a: Animal) -> u8 {
    match a {
        Animal::Cat | Animal::Dog => 4,
        Animal::Brid => 2,
    }
}

fn main() {
    println!("{}", legs(Animal::Bird));
}
