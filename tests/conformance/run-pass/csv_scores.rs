// Parses a fixed CSV of "name,score" rows (as bytes) and ranks the scores.
const DATA: &[u8] = b"alice,82\nbob,67\ncarol,95\ndave,71\nerin,88\n";
const MAX_ROWS: usize = 8;

#[derive(Clone, Copy)]
struct Row {
    name_start: usize,
    name_end: usize,
    score: u32,
}

fn parse(data: &[u8], rows: &mut [Row; MAX_ROWS]) -> usize {
    let mut count = 0;
    let mut start = 0;
    let mut comma = 0;
    for (i, &b) in data.iter().enumerate() {
        if b == b',' {
            comma = i;
        } else if b == b'\n' {
            let mut score = 0;
            for &d in &data[comma + 1..i] {
                score = score * 10 + (d - b'0') as u32;
            }
            rows[count] = Row { name_start: start, name_end: comma, score };
            count += 1;
            start = i + 1;
        }
    }
    count
}

fn print_name(data: &[u8], row: &Row) {
    for &b in &data[row.name_start..row.name_end] {
        print!("{}", b as char);
    }
}

fn main() {
    let mut rows = [Row { name_start: 0, name_end: 0, score: 0 }; MAX_ROWS];
    let n = parse(DATA, &mut rows);
    // insertion sort by descending score
    for i in 1..n {
        let mut j = i;
        while j > 0 && rows[j - 1].score < rows[j].score {
            let tmp = rows[j];
            rows[j] = rows[j - 1];
            rows[j - 1] = tmp;
            j -= 1;
        }
    }
    let mut total = 0;
    for (rank, row) in rows[..n].iter().enumerate() {
        print!("#{} ", rank + 1);
        print_name(DATA, row);
        println!(" {}", row.score);
        total += row.score;
    }
    println!("average {:.2}", total as f64 / n as f64);
}
