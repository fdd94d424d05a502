fn main() {
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Dir {
        North,
        South,
    }
    use Dir::*;

    fn flip(d: Dir) -> Dir {
        match d {
            North => South,
            South => North,
        }
    }

    let d = flip(North);
    println!("{:?} {}", d, d == South);
}
