// edition:2024
// Builder pattern with owned and borrowed builders, validation and defaults.
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    timeout: Duration,
    retries: u8,
    headers: Vec<(String, String)>,
    user_agent: Option<String>,
}

#[derive(Debug, Default)]
#[must_use]
pub struct ClientBuilder {
    base_url: Option<String>,
    timeout: Option<Duration>,
    retries: u8,
    headers: Vec<(String, String)>,
    user_agent: Option<String>,
}

#[derive(Debug, PartialEq)]
pub enum BuildError {
    MissingUrl,
    BadUrl(String),
}

impl ClientBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    pub fn timeout(self, timeout: Duration) -> Self {
        Self { timeout: Some(timeout), ..self }
    }

    pub fn retries(mut self, n: u8) -> Self {
        self.retries = n;
        self
    }

    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_owned(), v.to_owned()));
        self
    }

    pub fn user_agent(mut self, ua: &str) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = self.base_url.ok_or(BuildError::MissingUrl)?;
        if !base_url.starts_with("http://") && !base_url.starts_with("https://") {
            return Err(BuildError::BadUrl(base_url));
        }
        Ok(Client {
            base_url,
            timeout: self.timeout.unwrap_or(Duration::from_secs(30)),
            retries: self.retries,
            headers: self.headers,
            user_agent: self.user_agent,
        })
    }
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
}

fn main() {
    let client = Client::builder()
        .base_url("https://api.example.org")
        .timeout(Duration::from_millis(1500))
        .retries(3)
        .header("Accept", "application/json")
        .user_agent("sluice-test/1.0")
        .build();
    println!("{client:#?}");
    let err = Client::builder().base_url("ftp://x").build().unwrap_err();
    assert_eq!(err, BuildError::BadUrl("ftp://x".into()));
    assert_eq!(ClientBuilder::new().build().unwrap_err(), BuildError::MissingUrl);
    if let Ok(c) = Client::builder().base_url("http://a").build() {
        println!("{} {:?} {} {} {:?}", c.base_url, c.timeout, c.retries, c.headers.len(), c.user_agent);
    }
}
