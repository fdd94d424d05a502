// Tiny spreadsheet: cells hold numbers or formulas referring to other
// cells; evaluation is recursive with cycle detection.

mod sheet {
    pub type Row = u8;
    pub type Col = u8;
    pub const ROWS: usize = 5;
    pub const COLS: usize = 4;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Formula {
        Sum { from: (Row, Col), to: (Row, Col) },
        Product((Row, Col), (Row, Col)),
        Scale((Row, Col), f64),
        Max { from: (Row, Col), to: (Row, Col) },
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Cell {
        Blank,
        Number(f64),
        Calc(Formula),
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Mark {
        Fresh,
        Visiting,
        Done,
    }

    pub struct Sheet {
        pub cells: [[Cell; COLS]; ROWS],
        pub(crate) cache: [[f64; COLS]; ROWS],
        pub(crate) marks: [[Mark; COLS]; ROWS],
        pub cycles: u32,
    }

    impl Sheet {
        pub fn new() -> Sheet {
            Sheet {
                cells: [[Cell::Blank; COLS]; ROWS],
                cache: [[0.0; COLS]; ROWS],
                marks: [[Mark::Fresh; COLS]; ROWS],
                cycles: 0,
            }
        }

        pub fn set(&mut self, r: Row, c: Col, cell: Cell) {
            self.cells[r as usize][c as usize] = cell;
            self.marks = [[Mark::Fresh; COLS]; ROWS];
        }

        pub fn eval(&mut self, r: Row, c: Col) -> f64 {
            let (ri, ci) = (r as usize, c as usize);
            match self.marks[ri][ci] {
                Mark::Done => return self.cache[ri][ci],
                Mark::Visiting => {
                    self.cycles += 1;
                    return f64::NAN;
                }
                Mark::Fresh => {}
            }
            self.marks[ri][ci] = Mark::Visiting;
            let v = match self.cells[ri][ci] {
                Cell::Blank => 0.0,
                Cell::Number(x) => x,
                Cell::Calc(Formula::Sum { from, to }) => self.fold_range(from, to, false),
                Cell::Calc(Formula::Max { from, to }) => self.fold_range(from, to, true),
                Cell::Calc(Formula::Product(a, b)) => self.eval(a.0, a.1) * self.eval(b.0, b.1),
                Cell::Calc(Formula::Scale(a, k)) => self.eval(a.0, a.1) * k,
            };
            self.marks[ri][ci] = Mark::Done;
            self.cache[ri][ci] = v;
            v
        }

        fn fold_range(&mut self, from: (Row, Col), to: (Row, Col), max: bool) -> f64 {
            let mut acc = if max { f64::NEG_INFINITY } else { 0.0 };
            for r in from.0..=to.0 {
                for c in from.1..=to.1 {
                    let v = self.eval(r, c);
                    acc = if max { acc.max(v) } else { acc + v };
                }
            }
            acc
        }
    }
}

use sheet::{Cell, Formula, Sheet, COLS, ROWS};

fn col_letter(c: usize) -> char {
    (b'A' + c as u8) as char
}

fn show(s: &mut Sheet) {
    print!("   ");
    for c in 0..COLS {
        print!("{:>10}", col_letter(c));
    }
    println!();
    for r in 0..ROWS {
        print!("{:>2} ", r + 1);
        for c in 0..COLS {
            let v = s.eval(r as u8, c as u8);
            if v.is_nan() {
                print!("{:>10}", "#CYCLE");
            } else {
                print!("{:>10.2}", v);
            }
        }
        println!();
    }
}

struct Budget {
    rent: f64,
    food: f64,
    travel: f64,
    months: u8,
}

fn fill_budget(s: &mut Sheet, b: &Budget) {
    let items = [b.rent, b.food, b.travel];
    for (i, amount) in items.iter().enumerate() {
        s.set(i as u8, 0, Cell::Number(*amount));
        s.set(i as u8, 1, Cell::Calc(Formula::Scale((i as u8, 0), b.months as f64)));
    }
    s.set(3, 0, Cell::Calc(Formula::Sum { from: (0, 0), to: (2, 0) }));
    s.set(3, 1, Cell::Calc(Formula::Sum { from: (0, 1), to: (2, 1) }));
    s.set(4, 1, Cell::Calc(Formula::Max { from: (0, 1), to: (2, 1) }));
    s.set(0, 3, Cell::Calc(Formula::Product((0, 3), (1, 3))));
    s.set(1, 3, Cell::Calc(Formula::Product((0, 3), (4, 1))));
}

fn main() {
    let mut s = Sheet::new();
    let plan = Budget { rent: 1250.0, food: 420.5, travel: 95.25 };
    fill_budget(&mut s, &plan);
    show(&mut s);
    println!("cycles detected: {}", s.cycles);
    let total: f64 = s.eval(3, 1);
    let months: usize = plan.months;
    println!("monthly average {:.2}", total / months as f64);
}
