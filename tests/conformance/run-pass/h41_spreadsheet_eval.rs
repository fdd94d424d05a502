// A tiny spreadsheet: cells hold numbers or formulas over other cells; evaluation memoizes and detects cycles.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Formula {
    Num(f64),
    Ref(usize),
    Sum { from: usize, to: usize },
    Mul(usize, usize),
    Avg { from: usize, to: usize },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Pending,
    InProgress,
    Done(f64),
    Cycle,
}

const N: usize = 8;

struct Sheet {
    cells: [Formula; N],
    values: [Value; N],
    evaluations: u32,
}

impl Sheet {
    fn eval(&mut self, i: usize) -> Value {
        match self.values[i] {
            Value::Done(_) | Value::Cycle => return self.values[i],
            Value::InProgress => {
                self.values[i] = Value::Cycle;
                return Value::Cycle;
            }
            Value::Pending => {}
        }
        self.values[i] = Value::InProgress;
        self.evaluations += 1;
        let result = match self.cells[i] {
            Formula::Num(v) => Value::Done(v),
            Formula::Ref(j) => self.eval(j),
            Formula::Mul(a, b) => match (self.eval(a), self.eval(b)) {
                (Value::Done(x), Value::Done(y)) => Value::Done(x * y),
                _ => Value::Cycle,
            },
            Formula::Sum { from, to } | Formula::Avg { from, to } => {
                let mut total = 0.0;
                let mut bad = false;
                for j in from..=to {
                    match self.eval(j) {
                        Value::Done(v) => total += v,
                        _ => bad = true,
                    }
                }
                let is_avg = matches_avg(&self.cells[i]);
                match (bad, is_avg) {
                    (true, _) => Value::Cycle,
                    (false, true) => Value::Done(total / (to - from + 1) as f64),
                    (false, false) => Value::Done(total),
                }
            }
        };
        if self.values[i] == Value::Cycle {
            return Value::Cycle;
        }
        self.values[i] = result;
        result
    }
}

fn matches_avg(f: &Formula) -> bool {
    match f {
        Formula::Avg { .. } => true,
        _ => false,
    }
}

fn name(i: usize) -> char {
    (b'A' + i as u8) as char
}

fn main() {
    let mut sheet = Sheet {
        cells: [
            Formula::Num(3.0),
            Formula::Num(4.5),
            Formula::Sum { from: 0, to: 1 },
            Formula::Mul(2, 1),
            Formula::Avg { from: 0, to: 3 },
            Formula::Ref(6),
            Formula::Ref(5),
            Formula::Ref(4),
        ],
        values: [Value::Pending; N],
        evaluations: 0,
    };
    for i in (0..N).rev() {
        let v = sheet.eval(i);
        match v {
            Value::Done(x) => println!("{} = {:.3}", name(i), x),
            Value::Cycle => println!("{} = #CYCLE", name(i)),
            other => println!("{} = {:?}?", name(i), other),
        }
    }
    println!("evaluations: {}", sheet.evaluations);
}
