// Sorting helpers that need `&mut [i32]` but are given shared slices and immutable arrays.
fn sort_desc(values: &mut [i32]) {
    for i in 0..values.len() {
        for j in i + 1..values.len() {
            if values[j] > values[i] {
                let t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }
}

fn top_three(values: &[i32]) -> i32 {
    let view = &mut values[..];
    sort_desc(view);
    values[0] + values[1] + values[2]
}

fn main() {
    let scores = [40, 95, 12, 77, 63];
    sort_desc(&mut scores);
    println!("{:?} {}", scores, top_three(&scores));
}
