// Pascal's triangle, binomial coefficients and row sums, centred output.
const ROWS: usize = 12;

fn main() {
    let mut tri = [[0u64; ROWS]; ROWS];
    for n in 0..ROWS {
        tri[n][0] = 1;
        for k in 1..=n {
            tri[n][k] = tri[n - 1][k - 1] + tri[n - 1][k];
        }
    }
    for n in 0..ROWS {
        print!("{:width$}", "", width = (ROWS - n) * 2);
        let mut sum = 0;
        for k in 0..=n {
            print!("{:4}", tri[n][k]);
            sum += tri[n][k];
        }
        println!("   sum={}", sum);
    }
    let n = 11;
    let k = 5;
    println!("C({}, {}) = {}", n, k, tri[n][k]);
    let odd = {
        let mut count = 0;
        for row in tri.iter() {
            for &v in row.iter() {
                if v % 2 == 1 {
                    count += 1;
                }
            }
        }
        count
    };
    println!("odd entries: {odd}");
}
