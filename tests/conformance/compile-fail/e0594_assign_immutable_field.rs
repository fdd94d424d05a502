// Updating a field of a struct bound without `mut`, and through a shared reference.
#[derive(Debug)]
struct Tank {
    level: u32,
    capacity: u32,
}

fn top_up(t: &Tank) {
    t.level = t.capacity;
}

fn main() {
    let tank = Tank { level: 10, capacity: 50 };
    tank.level += 5;
    top_up(&tank);
    println!("{:?}", tank);
}
