fn find(grid: &[Vec<u8>], target: u8) -> bool {
    let mut found = false;
    outer: for row in grid {
        for &cell in row {
            if cell == target {
                found = true;
                break 'outer;
            }
        }
    }
    found
}

fn main() {
    println!("{}", find(&[vec![1, 2], vec![3]], 3));
}
