// Nested tuples and slice comparisons in a small scheduling program.
type Slot = (u8, (u16, u16));

fn longest(slots: &[Slot]) -> Slot {
    let mut best = slots[0];
    for s in slots {
        if s.1.1 - s.1.0 > best.1.1 - best.1.0 {
            best = *s;
        }
    }
    best
}

fn main() {
    let slots: [Slot; 3] = [(1, (900, 930)), (2, (1000, 1100)), (3, (1300, 1315))];
    let b = longest(&slots);
    println!("room {} from {} to {}", b.0, b.1.0, b.1.1);
    let days = [3, 5, 8, 13];
    let first_two = &days[..2] == [3, 5];
    let tail = &days[2..] != [8, 14];
    println!("{} {}", first_two, tail);
    let mut grid = ((0, 0), (0, 0));
    grid.0.1 = 7;
    grid.1 .0 += 2;
    println!("{:?}", grid);
}
