// Several nested unclosed delimiters of different kinds.
fn main() {
    let grid = [[1, 2], [3, 4];
    let s = (grid[0][0] + grid[1][1];
    if s > 2 {
        println!("{}", s;
    }
}
