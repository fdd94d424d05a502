// One `>` too many at the end of a nested turbofish.
fn rows(text: &str) -> Vec<Vec<u32>> {
    text.lines()
        .map(|line| {
            line.split(',')
                .filter_map(|cell| cell.trim().parse().ok())
                .collect()
        })
        .collect::<Vec<Vec<u32>>>>()
}

fn main() {
    for row in rows("1, 2, 3\n4, x, 6") {
        println!("{row:?}");
    }
}
