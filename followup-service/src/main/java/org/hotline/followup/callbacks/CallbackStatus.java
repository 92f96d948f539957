package org.hotline.followup.callbacks;

public enum CallbackStatus {
    DUE, CLOSED, REOPENED
}
