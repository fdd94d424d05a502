// edition:2024
// Rendering a text table with Display, dynamic width/precision arguments and alignment.
use std::fmt::{self, Display, Formatter};

pub struct Table<'a> {
    headers: Vec<&'a str>,
    rows: Vec<Vec<String>>,
    precision: usize,
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

impl<'a> Table<'a> {
    pub fn new(headers: &[&'a str]) -> Self {
        Table { headers: headers.to_vec(), rows: Vec::new(), precision: 2 }
    }

    pub fn row(&mut self, cells: &[&dyn Display]) -> &mut Self {
        self.rows.push(cells.iter().map(|c| c.to_string()).collect());
        self
    }

    pub fn number_row(&mut self, label: &str, values: &[f64]) -> &mut Self {
        let p = self.precision;
        let mut cells = vec![label.to_string()];
        cells.extend(values.iter().map(|v| format!("{v:.p$}")));
        self.rows.push(cells);
        self
    }

    fn widths(&self) -> Vec<usize> {
        let mut w: Vec<usize> = self.headers.iter().map(|h| h.len()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                if let Some(slot) = w.get_mut(i) && cell.len() > *slot {
                    *slot = cell.len();
                }
            }
        }
        w
    }
}

fn cell(f: &mut Formatter<'_>, text: &str, width: usize, align: Align) -> fmt::Result {
    match align {
        Align::Left => write!(f, " {:<width$} |", text, width = width),
        Align::Right => write!(f, " {:>1$} |", text, width),
    }
}

impl Display for Table<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let widths = self.widths();
        write!(f, "|")?;
        for (h, &w) in self.headers.iter().zip(&widths) {
            cell(f, h, w, Align::Left)?;
        }
        writeln!(f)?;
        let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w + 2)).collect();
        writeln!(f, "|{}|", rule.join("|"))?;
        for row in &self.rows {
            write!(f, "|")?;
            for (i, (text, &w)) in row.iter().zip(&widths).enumerate() {
                cell(f, text, w, if i == 0 { Align::Left } else { Align::Right })?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

fn main() {
    let mut t = Table::new(&["name", "min", "max"]);
    t.number_row("latency", &[0.125, 9.5]).number_row("throughput", &[1200.0, 3400.25]);
    t.row(&[&"count", &3, &'x']);
    print!("{t}");
    println!("[{:^9}] [{:+}] [{:#x}] [{:08.3}] [{:e}]", "mid", 5, 255, -3.14159, 1234.5);
}
