fn score(hits: u32, misses: u32) -> u32 {
    hits * 10 - misses
}

fn main() {
    let hits = 12;
    let misses = 3;
    let s = score(hits, misses);
    println!("hits={hits} misses={misses} score={scor}");
    println!("total={s}");
}
