// A bootloader stub where `main` ended up as a static table instead of a function.
#[derive(Debug, Clone, Copy)]
struct Stage {
    id: u8,
    size_kb: u16,
}

static main: [Stage; 2] = [Stage { id: 1, size_kb: 32 }, Stage { id: 2, size_kb: 480 }];

fn total_size() -> u32 {
    let mut sum = 0u32;
    for s in main {
        sum += s.size_kb as u32;
    }
    sum
}

fn boot() {
    for s in &main {
        println!("stage {} ({} KiB)", s.id, s.size_kb);
    }
    let limit: u16 = total_size();
    println!("{}", limit);
}
