// Method receivers through references and fields.
struct Cell {
    value: i32,
}

impl Cell {
    fn set(&mut self, v: i32) {
        self.value = v;
    }
    fn get(&self) -> i32 {
        self.value
    }
}

struct Row {
    cells: [Cell; 2],
    label: &'static str,
}

fn update(row: &Row) {
    row.cells[0].set(5);
    row.label = "x";
}

fn update2(row: &mut Row) {
    row.cells[1].set(6);
    let c = &row.cells[0];
    c.set(7);
}

fn main() {
    let row = Row { cells: [Cell { value: 1 }, Cell { value: 2 }], label: "r" };
    update(&row);
    update2(&mut row);
    let x = 5;
    x = 6;
    println!("{} {} {}", row.cells[0].get(), row.label, x);
}
