// A deterministic guessing game: functions, loops, comparisons, early returns.
const SECRET_SEED: u32 = 12345;

fn next_random(state: &mut u32) -> u32 {
    *state = state.wrapping_mul(1103515245).wrapping_add(12345);
    (*state / 65536) % 100 + 1
}

fn compare(guess: u32, secret: u32) -> i8 {
    if guess < secret {
        -1
    } else if guess > secret {
        1
    } else {
        0
    }
}

fn play(secret: u32) -> u32 {
    let mut low = 1;
    let mut high = 100;
    let mut tries = 0;
    loop {
        let guess = (low + high) / 2;
        tries += 1;
        match compare(guess, secret) {
            -1 => {
                println!("  {guess} is too small!");
                low = guess + 1;
            }
            1 => {
                println!("  {guess} is too big!");
                high = guess - 1;
            }
            _ => {
                println!("  {guess}: You win!");
                return tries;
            }
        }
    }
}

fn main() {
    let mut state = SECRET_SEED;
    let mut total_tries = 0;
    for game in 1..=3 {
        let secret = next_random(&mut state);
        println!("game {game}: secret is {secret}");
        let tries = play(secret);
        total_tries += tries;
    }
    println!("total tries: {}", total_tries);
    let avg = total_tries as f32 / 3.0;
    println!("average: {avg:.2}");
}
