// FizzBuzz variants written into a fixed table of enum values.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fb {
    Num(u32),
    Fizz,
    Buzz,
    FizzBuzz,
}

struct Table {
    cells: [Fb; 30],
}

fn classify(n: u32, a: u32, b: u32) -> Fb {
    match (n % a, n % b) {
        (0, 0) => Fb::FizzBuzz,
        (0, _) => Fb::Fizz,
        (_, 0) => Fb::Buzz,
        _ => Fb::Num(n),
    }
}

impl Table {
    fn build(a: u32, b: u32) -> Table {
        let mut cells = [Fb::Num(0); 30];
        for i in 0..30 {
            cells[i] = classify(i as u32 + 1, a, b);
        }
        Table { cells }
    }

    fn counts(&self) -> (u32, u32, u32) {
        let (mut f, mut b, mut fb) = (0, 0, 0);
        for c in self.cells.iter() {
            match c {
                Fb::Fizz => f += 1,
                Fb::Buzz => b += 1,
                Fb::FizzBuzz => fb += 1,
                Fb::Num(_) => {}
            }
        }
        (f, b, fb)
    }

    fn print_row(&self, start: usize) {
        for c in &self.cells[start..start + 10] {
            match *c {
                Fb::Num(n) => print!("{:>9}", n),
                other => print!("{:>9?}", other),
            }
        }
        println!();
    }
}

fn main() {
    let rules = [(3, 5), (2, 7)];
    let label: &str;
    for (a, b) in rules {
        let t = Table::build(a, b);
        for row in 0..3 {
            t.print_row(row * 10);
        }
        let (f, b2, fb) = t.counts();
        println!("fizz={} buzz={} fizzbuzz={}", f, b2, fb);
        if fb > 1 {
            println!("many");
        }
    }
    println!("done: {}", label);
}
