use conf::Limits;

fn main() {
    let base = Limits::standard();
    let big = Limits { max_users: 1000, ..base };
    println!("{:?} {}", big, big.seed());
    let Limits { max_users, max_rooms, seed } = base;
    println!("{} {} {}", max_users, max_rooms, seed);
    let Limits { max_rooms: rooms, .. } = big;
    println!("{}", rooms);
}
