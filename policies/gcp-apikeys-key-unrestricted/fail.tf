resource "google_apikeys_key" "maps" { # expect: gcp-apikeys-key-unrestricted
  name         = "maps"
  display_name = "Maps key"
  project      = "acme-prod"
}

resource "google_apikeys_key" "web" {
  name         = "web"
  display_name = "Web key"
  project      = "acme-prod"

  restrictions { # expect: gcp-apikeys-key-unrestricted "`google_apikeys_key.web`"
    browser_key_restrictions {
      allowed_referrers = ["https://www.example.com/*"]
    }
  }
}
