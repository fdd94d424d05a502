// Longest common subsequence of two byte strings and a tiny diff printout.
const A: &[u8] = b"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA";
const B: &[u8] = b"GTCGTTCGGAATGCCGTTGCTCTGTAAA";
const MAXLEN: usize = 32;

fn lcs_table(a: &[u8], b: &[u8]) -> [[u16; MAXLEN]; MAXLEN] {
    let mut t = [[0u16; MAXLEN]; MAXLEN];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i][j] = if a[i - 1] == b[j - 1] {
                t[i - 1][j - 1] + 1
            } else {
                t[i - 1][j].max(t[i][j - 1])
            };
        }
    }
    t
}

fn main() {
    let t = lcs_table(A, B);
    let (mut i, mut j) = (A.len(), B.len());
    let mut common = [0u8; MAXLEN];
    let mut k = t[i][j] as usize;
    let length = k;
    while i > 0 && j > 0 {
        if A[i - 1] == B[j - 1] {
            k -= 1;
            common[k] = A[i - 1];
            i -= 1;
            j -= 1;
        } else if t[i - 1][j] >= t[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    print!("lcs length {}: ", length);
    for &c in &common[..length] {
        print!("{}", c as char);
    }
    println!();
    let similarity = 2.0 * length as f64 / (A.len() + B.len()) as f64;
    println!("similarity {:.4}", similarity);
}
